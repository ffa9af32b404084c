package id.satupintu.region;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gazetteer and the place lookup over it, loaded once from the copy the jar carries. */
@Configuration(proxyBeanMethods = false)
class RegionConfiguration {

    @Bean
    Gazetteer gazetteer() {
        return Gazetteer.loadDefault();
    }

    @Bean
    RegionLookup regionLookup(Gazetteer gazetteer) {
        return RegionLookup.loadDefault(gazetteer);
    }
}
