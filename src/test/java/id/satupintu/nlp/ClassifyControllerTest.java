package id.satupintu.nlp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ClassifyControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void classifiesWithoutSigningIn() throws Exception {
        mvc.perform(post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"lampu jalan di kota padang mati sudah seminggu\",\"channel\":\"sms\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("PENGADUAN"))
                .andExpect(jsonPath("$.category").value("INFRASTRUKTUR"))
                .andExpect(jsonPath("$.agency_type").value("DINAS_PUPR"))
                .andExpect(jsonPath("$.region").value("Kota Padang"))
                .andExpect(jsonPath("$.confidence.kind").isNumber())
                .andExpect(jsonPath("$.confidence.category").isNumber())
                .andExpect(jsonPath("$.confidence.agency_type").isNumber())
                .andExpect(jsonPath("$.confidence.region").value(1.0));
    }

    @Test
    void aMessageWithoutPlaceHasANullRegion() throws Exception {
        mvc.perform(post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"terima kasih min 🙏\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("BUKAN_LAPORAN"))
                .andExpect(jsonPath("$.region").isEmpty());
    }

    @Test
    void badInputIsA400WithAClearMessageAndNoStackTrace() throws Exception {
        mvc.perform(post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"sms\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'text' is required and must not be blank"));
        mvc.perform(post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"halo\",\"channel\":\"pigeon\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'channel' must be one of sms, whatsapp")));
        mvc.perform(post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON).content("{\"text\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("must be a JSON object")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(post("/api/v1/classify").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"" + "a".repeat(ClassifyController.MAX_TEXT + 1) + "\"}"))
                .andExpect(status().isBadRequest());
    }
}
