package org.jkeras.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chosen backend is logged once at info, however many models it serves. */
class BackendsAnnouncementTest {

    private final Logger logger = Logger.getLogger(Backends.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    records.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    @Test
    void theChosenBackendIsLoggedOnceAtInfo() {
        Backends.create(AnnouncedTestProvider.NAME);
        Backends.create(AnnouncedTestProvider.NAME);

        assertEquals(1, records.size(), "records: " + records.size());
        LogRecord record = records.get(0);
        assertEquals(Level.INFO, record.getLevel());
        assertEquals(
                "jkeras backend: announced-test 2.5 on nowhere",
                new SimpleFormatter().formatMessage(record));
    }
}
