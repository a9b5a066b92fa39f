package cn.haztrail.feed.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(description = "Where to send events: a party's own events, or a regulator's region")
record WebhookRequest(
        @NotBlank @Size(max = 2000) @Pattern(regexp = URL, message = "must be an http(s) URL in ASCII (percent-encode the rest)")
        @PublicWebhookUrl
        @Schema(example = "https://platform.jxepb.example.cn/haztrail/events",
                description = "An http(s) URL whose host resolves only to public addresses") String url,
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit division code")
        @Schema(description = "Regulators: a region inside the jurisdiction (default: the jurisdiction)",
                example = "360200") String region) {

    static final String URL = "https?://[!-~]+";
}
