package dev.wabasdk.spring.internal;

import dev.wabasdk.spring.WabaPropertyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link WabaPropertyException} into Boot's "APPLICATION FAILED TO START" description and action. */
public final class WabaPropertyFailureAnalyzer extends AbstractFailureAnalyzer<WabaPropertyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, WabaPropertyException cause) {
    return new FailureAnalysis("WhatsApp (waba-sdk) configuration: " + cause.getMessage() + ".",
        cause.action(), cause);
  }
}
