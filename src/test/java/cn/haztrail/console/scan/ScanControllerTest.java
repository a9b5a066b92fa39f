package cn.haztrail.console.scan;

import cn.haztrail.support.IntegrationTest;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The scan buttons' decoder: a camera frame in, the QR code's text out, for signed-in people only. */
@IntegrationTest
class ScanControllerTest {

    private static final String LINK = "http://localhost:8080/l/91360200MA35G8XK2H90024908202611230001";

    @Autowired
    MockMvc mvc;

    private MockHttpSession signIn(String user) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user).password("demo"))
                .andReturn().getRequest().getSession(false);
    }

    /** A 640x480 camera frame, as JPEG, with the code (or nothing) in the middle. */
    private static byte[] frame(String payload) throws Exception {
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 480);
        if (payload != null) {
            g.drawImage(MatrixToImageWriter.toBufferedImage(
                    new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 300, 300)), 170, 90, null);
        }
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(frame, "jpg", jpeg);
        return jpeg.toByteArray();
    }

    @Test
    void a_frame_with_a_label_qr_code_gives_back_its_text() throws Exception {
        mvc.perform(post("/console/scan").session(signIn("carrier")).with(csrf())
                        .contentType(MediaType.IMAGE_JPEG).content(frame(LINK)))
                .andExpect(status().isOk())
                .andExpect(content().string(LINK));
    }

    @Test
    void a_frame_without_a_code_gives_nothing() throws Exception {
        mvc.perform(post("/console/scan").session(signIn("carrier")).with(csrf())
                        .contentType(MediaType.IMAGE_JPEG).content(frame(null)))
                .andExpect(status().isNoContent());
    }

    @Test
    void bytes_that_are_no_image_give_nothing() throws Exception {
        mvc.perform(post("/console/scan").session(signIn("carrier")).with(csrf())
                        .contentType(MediaType.IMAGE_JPEG).content(new byte[]{1, 2, 3, 4}))
                .andExpect(status().isNoContent());
    }

    @Test
    void without_signing_in_nothing_is_decoded() throws Exception {
        mvc.perform(post("/console/scan").with(csrf()).contentType(MediaType.IMAGE_JPEG).content(frame(LINK)))
                .andExpect(status().is3xxRedirection());
    }
}
