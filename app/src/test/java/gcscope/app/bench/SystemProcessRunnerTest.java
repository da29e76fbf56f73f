package gcscope.app.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SystemProcessRunnerTest {
    @Test
    void childCpuTimeIsCutimePlusCstimeInHundredthsOfASecond() {
        // fields after the command: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
        String stat = "4242 (java (bench)) S 1 4242 4242 0 -1 4194304 100 200 0 0 55 7 150 25 20 0 30 0";
        assertEquals(1_750_000_000L, SystemProcessRunner.parseChildCpuNanos(stat));
    }

    @Test
    void somethingElseIsNotMeasurable() {
        assertEquals(-1, SystemProcessRunner.parseChildCpuNanos("no stat here"));
    }
}
