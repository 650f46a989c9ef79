/**
 * {@code switchboard serve}: the validation API over HTTP on the embedded webhook server, answering
 * exactly what the command line prints. {@link dev.switchboard.examples.serve.ValidationService} is
 * the entry; the command line supplies the checks as {@link dev.switchboard.examples.serve.KeyboardChecks}.
 */
package dev.switchboard.examples.serve;
