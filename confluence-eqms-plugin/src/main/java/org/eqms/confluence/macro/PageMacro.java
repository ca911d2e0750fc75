package org.eqms.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A body-less block macro about a controlled page: resolves the current page and viewer through the {@link MacroHost}
 * and lets its core render; a core's refusal becomes Confluence's {@link MacroExecutionException} with its message.
 */
abstract class PageMacro implements Macro {

    /** What the macro's core does: render for the parameters, the page the macro is on, and the viewer. */
    @FunctionalInterface
    interface Core {
        String render(Map<String, String> params, Long currentPageId, String viewerKey);
    }

    private final Supplier<Core> core;
    private final MacroHost host;

    /** @param core built on first use (the app graph may not be ready when Confluence creates the macro) */
    PageMacro(Supplier<Core> core, MacroHost host) {
        this.core = Objects.requireNonNull(core, "core");
        this.host = Objects.requireNonNull(host, "host");
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        try {
            return core.get().render(parameters, host.currentPageId(context), host.viewerKey());
        } catch (MacroRefusal refusal) {
            throw new MacroExecutionException(refusal.getMessage(), refusal);
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
