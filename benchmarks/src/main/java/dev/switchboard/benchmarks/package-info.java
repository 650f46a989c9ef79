/**
 * JMH benchmarks of Switchboard beside the libraries bots use today (TelegramBots,
 * java-telegram-bot-api, vk-java-sdk), with baselines that mark the limit of Jackson itself.
 * Every contender gets the same input, and {@link dev.switchboard.benchmarks.Equivalence}
 * proves they produce the same ids, payloads, labels and JSON before anything is timed.
 *
 * <pre>{@code
 * mvn -B -q install -DskipTests
 * ./switchboard-bench --quick                                  # smoke run, under 3 minutes
 * ./switchboard-bench                                          # the full suite, ~20 minutes on 2 cores
 * java -jar benchmarks/target/benchmarks.jar TelegramParse     # plain JMH, any options
 * }</pre>
 */
package dev.switchboard.benchmarks;
