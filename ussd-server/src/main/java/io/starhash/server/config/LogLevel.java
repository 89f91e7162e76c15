package io.starhash.server.config;

/** The root log level, from the most to the least talkative. */
public enum LogLevel {
  TRACE, DEBUG, INFO, WARN, ERROR
}
