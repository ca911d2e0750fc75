package org.eqms.sandbox.jira;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Jira's event bus in the sandbox: listeners register their {@link EventListener} methods (one parameter, the event
 * type), and {@link #publish} calls each method whose parameter the event is, synchronously on the publishing thread,
 * after the change it reports was committed. A listener that throws is logged and the others still run, as in Jira.
 */
public final class SandboxEventPublisher implements EventPublisher {
    private static final System.Logger LOG = System.getLogger(SandboxEventPublisher.class.getName());

    private final List<Registration> registrations = new CopyOnWriteArrayList<>();

    private record Registration(Object listener, Method method) {
    }

    @Override
    public void register(Object listener) {
        Objects.requireNonNull(listener, "listener");
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1) {
                registrations.add(new Registration(listener, method));
            }
        }
    }

    @Override
    public void unregister(Object listener) {
        registrations.removeIf(r -> r.listener() == listener);
    }

    /** Delivers the event to every registered method that takes it. */
    public void publish(Object event) {
        Objects.requireNonNull(event, "event");
        for (Registration registration : registrations) {
            if (registration.method().getParameterTypes()[0].isInstance(event)) {
                try {
                    registration.method().invoke(registration.listener(), event);
                } catch (InvocationTargetException e) {
                    LOG.log(System.Logger.Level.ERROR, "Event listener " + registration.method() + " failed on "
                            + event.getClass().getSimpleName(), e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
