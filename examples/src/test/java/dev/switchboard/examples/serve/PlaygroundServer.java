package dev.switchboard.examples.serve;

/** TEMPORARY until switchboard serve lands: the base URL of a running service. */
final class PlaygroundServer implements AutoCloseable {
    private final String baseUrl;

    private PlaygroundServer(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static PlaygroundServer start() {
        return new PlaygroundServer(System.getProperty("playground.baseUrl", "http://127.0.0.1:18431/"));
    }

    String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
    }
}
