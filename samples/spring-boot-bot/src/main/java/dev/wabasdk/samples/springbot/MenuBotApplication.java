package dev.wabasdk.samples.springbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A menu bot on Spring Boot: waba-sdk-spring configures the client, the policy engine and the webhook endpoint. */
@SpringBootApplication
public class MenuBotApplication {

  public static void main(String[] args) {
    SpringApplication.run(MenuBotApplication.class, args);
  }
}
