package cn.haztrail.console;

import cn.haztrail.shared.domain.CommandRefused;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import java.util.Map;

/**
 * Puts a refusal of the domain next to the form field it names, in the page's language: the same rule and reason
 * the API's problem detail gives, resolved with the MessageSource. A field the form does not have (or an alias it
 * names differently) shows above the form.
 */
@Component
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** @param aliases the domain's field name to the form's, where they differ */
    public void reject(BindingResult form, CommandRefused refused, Map<String, String> aliases) {
        String text = refused.text() == null ? refused.getMessage()
                : messages.getMessage(refused.text(), LocaleContextHolder.getLocale());
        String reason = refused.rule() == null ? text : text + " (" + refused.rule() + ")";
        String field = refused.field() == null ? null : aliases.getOrDefault(refused.field(), refused.field());
        if (field != null && new BeanWrapperImpl(form.getTarget()).isReadableProperty(field)) {
            form.rejectValue(field, "refused", reason);
        } else {
            form.reject("refused", reason);
        }
    }
}
