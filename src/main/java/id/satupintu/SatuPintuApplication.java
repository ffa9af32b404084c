package id.satupintu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SatuPintuApplication {

    public static void main(String[] args) {
        SpringApplication.run(SatuPintuApplication.class, args);
    }
}
