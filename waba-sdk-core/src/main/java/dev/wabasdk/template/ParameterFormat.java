package dev.wabasdk.template;

/**
 * How a template's variables are written ({@code parameter_format}): {@code {{1}}}, {@code {{2}}} or
 * {@code {{first_name}}}. Meta's default is {@link #POSITIONAL}; a value read from Meta that is not {@code NAMED}
 * is read as positional.
 * Immutable and thread-safe.
 */
public enum ParameterFormat {
  /** {@code {{1}}}, {@code {{2}}}, … numbered from 1 without gaps. */
  POSITIONAL,
  /** {@code {{first_name}}}: lowercase letters and underscores; sends name each parameter. */
  NAMED
}
