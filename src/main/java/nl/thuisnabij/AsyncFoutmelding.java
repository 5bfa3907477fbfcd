package nl.thuisnabij;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * An event listener that fails leaves its event in the publication registry to be tried again. A
 * mail server that is down is expected (the mail listener has said so); anything else is an error.
 */
@Configuration(proxyBeanMethods = false)
class AsyncFoutmelding implements AsyncConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(AsyncFoutmelding.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (fout, methode, argumenten) -> {
            if (fout instanceof MailException) {
                LOG.debug("{} wordt later opnieuw geprobeerd", methode.getName());
            } else {
                LOG.error("Gebeurtenis niet verwerkt door {}; ze wordt later opnieuw aangeboden", methode, fout);
            }
        };
    }
}
