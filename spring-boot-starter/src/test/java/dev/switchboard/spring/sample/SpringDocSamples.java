package dev.switchboard.spring.sample;

import dev.switchboard.spring.SwitchboardCustomizer;
import org.springframework.context.annotation.Bean;

/** The smaller samples of docs/spring.md, compiled; {@link SpringGuideDocTest} checks that the page shows them. Not a
 * configuration: the sample application's component scan must not pick it up. */
class SpringDocSamples {
    /** A service of the application that a handler uses. */
    interface OrderService {
        String summaryFor(long chatId);
    }

    // sample: customizer-with-a-service
    @Bean
    SwitchboardCustomizer orders(OrderService orders) {
        return bot -> bot.onCommand("orders", (message, ctx) -> ctx.reply(orders.summaryFor(message.chatId())));
    }
    // end
}
