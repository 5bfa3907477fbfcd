package nl.thuisnabij;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ThuisnabijApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThuisnabijApplication.class, args);
    }
}
