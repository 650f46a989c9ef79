package dev.switchboard.core.spi;

import dev.switchboard.core.testing.KeyboardMemoryContract;

class InMemoryKeyboardMemoryContractTest extends KeyboardMemoryContract {
    @Override
    protected KeyboardMemory memory() {
        return KeyboardMemory.inMemory(100);
    }
}
