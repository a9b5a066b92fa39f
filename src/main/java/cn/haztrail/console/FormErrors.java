package cn.haztrail.console;

import cn.haztrail.shared.domain.CommandRefused;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import java.util.Map;
import java.util.TreeMap;

/**
 * Every console form's way to show a refusal of the domain: the same rule and reason the API's problem detail gives,
 * in the page's language, next to the form field it names; a field the form does not have shows above the form.
 * Forms bound to an object get it in their {@link BindingResult}; step pages, which keep their errors in a map keyed
 * by the API's field names, get {@link #byField}.
 */
@Component
public class FormErrors {

    /** The key of an error that belongs to the form as a whole. */
    public static final String WHOLE_FORM = "";

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The refusal's reason in the page's language, followed by the rule it names. */
    public String text(CommandRefused refused) {
        String text = refused.text() == null ? refused.getMessage()
                : messages.getMessage(refused.text(), LocaleContextHolder.getLocale());
        return refused.rule() == null ? text : text + " (" + refused.rule() + ")";
    }

    /** The record changed after the person opened the form: nothing was done (the API answers 412 here). */
    public String changedMeanwhile(long seen, long current) {
        return messages.getMessage("console.changed-meanwhile", new Object[]{seen, current},
                LocaleContextHolder.getLocale());
    }

    /** @param aliases the domain's field name to the form's, where they differ */
    public void reject(BindingResult form, CommandRefused refused, Map<String, String> aliases) {
        String field = field(refused, aliases);
        if (field != null && new BeanWrapperImpl(form.getTarget()).isReadableProperty(field)) {
            form.rejectValue(field, "refused", text(refused));
        } else {
            form.reject("refused", text(refused));
        }
    }

    /** The refusal keyed by the form's name of the field it names ({@link #WHOLE_FORM} when it names none). */
    public Map<String, String> byField(CommandRefused refused, Map<String, String> aliases) {
        String field = field(refused, aliases);
        return new TreeMap<>(Map.of(field == null ? WHOLE_FORM : field, text(refused)));
    }

    private static String field(CommandRefused refused, Map<String, String> aliases) {
        return refused.field() == null ? null : aliases.getOrDefault(refused.field(), refused.field());
    }
}
