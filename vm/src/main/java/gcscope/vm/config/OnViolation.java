package gcscope.vm.config;

/** What the VM does at a sanitizer violation. */
public enum OnViolation { STOP, CONTINUE }
