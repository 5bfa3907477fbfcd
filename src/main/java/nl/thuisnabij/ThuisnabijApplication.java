package nl.thuisnabij;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class ThuisnabijApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThuisnabijApplication.class, args);
    }

    /** Legal terms run on Dutch calendar days. */
    @Bean
    Clock klok() {
        return Clock.system(ZoneId.of("Europe/Amsterdam"));
    }
}
