package cn.haztrail.shared.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link ExpectedVersion} parameters from {@code If-Match}; a malformed header is a 400. */
class ExpectedVersionResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(ExpectedVersion.class) && parameter.getParameterType() == Long.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory)
            throws ServletRequestBindingException {
        try {
            return StreamVersions.parseIfMatch(webRequest.getHeader(HttpHeaders.IF_MATCH));
        } catch (IllegalArgumentException e) {
            throw new ServletRequestBindingException(e.getMessage());
        }
    }
}
