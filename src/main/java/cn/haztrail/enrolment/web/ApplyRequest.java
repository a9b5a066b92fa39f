package cn.haztrail.enrolment.web;

import cn.haztrail.account.web.AccountRequests;
import cn.haztrail.enrolment.api.DeclaredLicence;
import cn.haztrail.enrolment.api.DeclaredPermit;
import cn.haztrail.enrolment.command.Enrolment;
import cn.haztrail.personal.PersonalDetails;
import cn.haztrail.registry.ValidCreditCode;
import cn.haztrail.registry.api.PartyRole;
import cn.haztrail.registry.web.ContactRequest;
import cn.haztrail.registry.web.GrantLicenceRequest;
import cn.haztrail.registry.web.GrantPermitRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(name = "EnrolmentApplicationRequest", description = "An enterprise applies to be registered, with the "
        + "licences and permits it holds and the username its first manager wants")
record ApplyRequest(
        @NotBlank @ValidCreditCode
        @Schema(description = "统一社会信用代码", example = "91360200MA35G8XK2H") String creditCode,
        @NotBlank @Size(max = 200) @Schema(example = "景德镇市昌南化工有限公司") String name,
        @NotBlank @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code")
        @Schema(description = "行政区划代码 of the site; its regulator decides", example = "360203") String regionCode,
        @NotBlank @Size(max = 500) @Schema(example = "江西省景德镇市珠山区昌江大道88号") String address,
        @NotNull @Valid ContactRequest contact,
        @NotEmpty @Size(max = 4) @Schema(description = "The first manager acts in the first role listed",
                example = "[\"PRODUCER\"]") List<@NotNull PartyRole> roles,
        @NotBlank @Pattern(regexp = AccountRequests.USERNAME, message = AccountRequests.USERNAME_MESSAGE)
        @Schema(description = "The username the first manager wants; it must still be free at approval",
                example = "wang.jianguo") String managerUsername,
        @Size(max = 20) @Schema(description = "Business licences held, granted as stated on approval", nullable = true)
        List<@NotNull @Valid GrantLicenceRequest> licences,
        @Size(max = 20) @Schema(description = "Transport permits held, granted as stated on approval", nullable = true)
        List<@NotNull @Valid GrantPermitRequest> permits) {

    Enrolment enrolment() {
        return new Enrolment(creditCode, name, regionCode, address,
                new PersonalDetails(contact.name(), contact.phone(), contact.email(), false), roles, managerUsername,
                licences == null ? List.of() : licences.stream().map(licence -> new DeclaredLicence(licence.number(),
                        licence.mode(), licence.licenceLines(), licence.annualCapacityTonnes(), licence.validFrom(),
                        licence.validTo())).toList(),
                permits == null ? List.of() : permits.stream().map(permit -> new DeclaredPermit(permit.number(),
                        permit.validFrom(), permit.validTo())).toList());
    }
}
