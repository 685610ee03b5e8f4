package be.smartcredit.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the Smart Credit Hub application. */
@SpringBootApplication
public class SmartCreditHub {

    public static void main(String[] args) {
        SpringApplication.run(SmartCreditHub.class, args);
    }
}
