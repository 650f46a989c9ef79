package dev.switchboard.spring;

import dev.switchboard.core.PlatformId;
import dev.switchboard.core.bot.Bot;
import dev.switchboard.core.bot.SwitchboardListener;
import dev.switchboard.core.spi.SharedState;
import dev.switchboard.core.spi.UpdateSink;
import dev.switchboard.core.transport.WebhookHandler;
import dev.switchboard.micrometer.SwitchboardMetrics;
import dev.switchboard.redis.RedisState;
import dev.switchboard.spring.SwitchboardProperties.Mode;
import dev.switchboard.telegram.TelegramPlatform;
import dev.switchboard.vk.VkPlatform;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Builds and runs a Switchboard bot from the {@code switchboard.*} properties when a Telegram or
 * VK token is set, or the application defines a {@code TelegramPlatform} or {@code VkPlatform} bean: the platforms, the {@link Bot} (with every {@link SwitchboardCustomizer} bean
 * applied), its lifecycle tied to the application context, webhook endpoints on the application's
 * web server (Spring MVC), a {@code RedisState} when {@code switchboard-redis} is present and
 * {@code switchboard.redis.url} is set (or Spring's own Redis connection, when asked), and a health
 * contributor {@code switchboard} with one indicator per platform when Actuator is present, and
 * {@code SwitchboardMetrics} when {@code switchboard-micrometer} and a {@code MeterRegistry} are. Every
 * {@code SwitchboardListener} bean listens to the bot and to each platform. Each bean backs off when the application
 * defines its own.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@EnableConfigurationProperties(SwitchboardProperties.class)
@Conditional(SwitchboardAutoConfiguration.OnPlatform.class)
public final class SwitchboardAutoConfiguration {
    private static final String SPRING_REDIS = "org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails";

    /** The Telegram platform, when {@code switchboard.telegram.token} is set. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("switchboard.telegram.token")
    TelegramPlatform switchboardTelegramPlatform(SwitchboardProperties properties) {
        SwitchboardProperties.Telegram telegram = properties.telegram();
        TelegramPlatform.Builder builder = TelegramPlatform.builder(telegram.token());
        if (telegram.apiUrl() != null) {
            builder.apiUrl(telegram.apiUrl());
        }
        return builder.build();
    }

    /** The VK platform, when {@code switchboard.vk.token} is set. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("switchboard.vk.token")
    VkPlatform switchboardVkPlatform(SwitchboardProperties properties) {
        SwitchboardProperties.Vk vk = properties.vk();
        VkPlatform.Builder builder = VkPlatform.builder(vk.token()).groupId(vk.groupId());
        if (vk.apiUrl() != null) {
            builder.apiUrl(vk.apiUrl());
        }
        return builder.build();
    }

    /** The platforms as the bot, the endpoints and the health indicators see them. */
    @Bean
    SwitchboardPlatforms switchboardPlatforms(SwitchboardProperties properties,
                                              ObjectProvider<TelegramPlatform> telegram, ObjectProvider<VkPlatform> vk,
                                              ObjectProvider<SwitchboardListener> listeners) {
        Clock clock = Clock.systemUTC();
        return new SwitchboardPlatforms(
                Optional.ofNullable(telegram.getIfAvailable()).map(platform -> tracked(platform, platform::addListener,
                        listeners, properties.telegram().mode(), clock)),
                Optional.ofNullable(vk.getIfAvailable()).map(platform -> tracked(platform, platform::addListener,
                        listeners, properties.vk().mode(), clock)));
    }

    /** The bot: properties first, then the customizers in order. */
    @Bean
    @ConditionalOnMissingBean
    Bot switchboardBot(SwitchboardProperties properties, SwitchboardPlatforms platforms,
                              ObjectProvider<SharedState> sharedState,
                              ObjectProvider<SwitchboardListener> listeners,
                              ObjectProvider<SwitchboardCustomizer> customizers) {
        Bot.Builder builder = Bot.builder()
                .handlerThreads(properties.handlers().threads())
                .handlerQueue(properties.handlers().queue())
                .shutdownTimeout(properties.shutdownTimeout());
        platforms.all().forEach(builder::platform);
        deadline(builder, PlatformId.TELEGRAM, properties.telegram().answerDeadline());
        deadline(builder, PlatformId.VK, properties.vk().answerDeadline());
        sharedState.ifAvailable(builder::sharedState);
        listeners.orderedStream().forEach(builder::listener);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** Starts the bot with the context and stops it, draining its handlers, on shutdown. */
    @Bean
    SwitchboardLifecycle switchboardLifecycle(Bot bot, SwitchboardPlatforms platforms, SwitchboardProperties properties) {
        return new SwitchboardLifecycle(bot, platforms, properties.autoStartup());
    }

    private static TrackedPlatform tracked(dev.switchboard.core.bot.BotPlatform platform,
                                           Consumer<SwitchboardListener> listen,
                                           ObjectProvider<SwitchboardListener> listeners, Mode mode, Clock clock) {
        SourceHealth health = new SourceHealth(platform.id(), mode, clock);
        listen.accept(health);
        listeners.orderedStream().forEach(listen);
        return new TrackedPlatform(platform, health);
    }

    private static void deadline(Bot.Builder builder, PlatformId platform, Duration deadline) {
        if (deadline != null) {
            builder.answerDeadline(platform, deadline);
        }
    }

    /** Bot state in Redis, shared by the bot's replicas, when {@code switchboard.redis.url} is set. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.switchboard.redis.RedisState")
    @ConditionalOnProperty("switchboard.redis.url")
    static class RedisConfiguration {
        /** A {@code RedisState} on {@code switchboard.redis.url}, closed with the context. */
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(SharedState.class)
        RedisState switchboardRedisState(SwitchboardProperties properties) {
            return RedisState.builder(properties.redis().url()).namespace(properties.redis().namespace()).build();
        }
    }

    /**
     * Bot state in the Redis that Spring's own connection points to ({@code spring.data.redis.*}),
     * when {@code switchboard-redis} is present, {@code switchboard.redis.use-spring-connection} is true
     * and {@code switchboard.redis.url} is not set. Opt-in: Spring Boot defines a connection to
     * localhost whenever Spring Data Redis is on the classpath, configured or not.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"dev.switchboard.redis.RedisState", SPRING_REDIS})
    @ConditionalOnProperty(name = "switchboard.redis.use-spring-connection", havingValue = "true")
    @ConditionalOnBean(type = SPRING_REDIS)
    static class SpringRedisConfiguration {
        /** A {@code RedisState} on Spring's Redis server, closed with the context. */
        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean(SharedState.class)
        RedisState switchboardRedisState(SwitchboardProperties properties, DataRedisConnectionDetails spring) {
            return RedisState.builder(SpringRedisUri.of(spring)).namespace(properties.redis().namespace()).build();
        }
    }

    /** Webhook endpoints on the application's own web server, for the platforms in webhook mode. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.web.servlet.function.RouterFunction")
    static class WebhookConfiguration {
        /** One route per platform in webhook mode, at its {@code webhook.path}. */
        @Bean
        RouterFunction<ServerResponse> switchboardWebhooks(SwitchboardProperties properties,
                                                           SwitchboardPlatforms platforms, Bot bot,
                                                           ObjectProvider<TelegramPlatform> telegram,
                                                           ObjectProvider<VkPlatform> vk) {
            RouterFunctions.Builder routes = RouterFunctions.route();
            platforms.telegram().filter(TrackedPlatform::webhook).ifPresent(tracked -> {
                SwitchboardProperties.TelegramWebhook webhook = properties.telegram().webhook();
                WebhookHandler handler = telegram.getObject()
                        .webhook(webhook.secret(), tracked.tracking(sink(bot, webhook.replyWithin())));
                routes.add(WebhookEndpoint.route(webhook.path(), handler));
            });
            platforms.vk().filter(TrackedPlatform::webhook).ifPresent(tracked -> {
                SwitchboardProperties.VkWebhook webhook = properties.vk().webhook();
                WebhookHandler handler = vk.getObject().callback(webhook.confirmationCode(), webhook.secretIfSet(),
                        tracked.tracking(sink(bot, webhook.replyWithin())));
                routes.add(WebhookEndpoint.route(webhook.path(), handler));
            });
            platforms.webhooksServed();
            // A builder without routes cannot build; a route that never matches keeps the bean harmless.
            return platforms.all().stream().anyMatch(TrackedPlatform::webhook) ? routes.build()
                    : request -> Optional.empty();
        }

        private static UpdateSink sink(Bot bot, Duration replyWithin) {
            return replyWithin == null ? bot.webhookSink() : bot.webhookSinkHandlingFirst(replyWithin);
        }
    }

    /**
     * Micrometer meters for the bot and its platforms ({@code switchboard.*}, see docs/metrics.md), when
     * {@code switchboard-micrometer} is present and the application has a {@code MeterRegistry}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"dev.switchboard.micrometer.SwitchboardMetrics",
            "io.micrometer.core.instrument.MeterRegistry"})
    @ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
    static class MetricsConfiguration {
        /** The meters, bound to the application's registry; a listener of the bot and of every platform. */
        @Bean
        @ConditionalOnMissingBean
        SwitchboardMetrics switchboardMetrics(MeterRegistry registry) {
            return SwitchboardMetrics.bind(registry);
        }
    }

    /** Actuator health: a contributor {@code switchboard} with one indicator per platform. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnEnabledHealthIndicator("switchboard")
    static class HealthConfiguration {
        /** {@code /actuator/health/switchboard/telegram}, {@code …/vk}. */
        @Bean
        @ConditionalOnMissingBean(name = "switchboardHealthContributor")
        CompositeHealthContributor switchboardHealthContributor(SwitchboardPlatforms platforms) {
            Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
            platforms.all().forEach(platform -> indicators.put(platform.id().value(),
                    new PlatformHealthIndicator(platform.health())));
            return CompositeHealthContributor.fromMap(indicators);
        }
    }

    /** Matches when at least one platform has a token, or the application defines a platform bean. */
    static final class OnPlatform extends AnyNestedCondition {
        OnPlatform() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty("switchboard.telegram.token")
        static final class TelegramToken {
        }

        @ConditionalOnProperty("switchboard.vk.token")
        static final class VkToken {
        }

        @ConditionalOnBean(TelegramPlatform.class)
        static final class TelegramBean {
        }

        @ConditionalOnBean(VkPlatform.class)
        static final class VkBean {
        }
    }
}
