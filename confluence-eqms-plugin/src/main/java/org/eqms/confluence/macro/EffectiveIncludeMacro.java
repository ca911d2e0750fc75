package org.eqms.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.confluence.xhtml.api.XhtmlContent;

import java.util.Map;
import java.util.Objects;

/**
 * Confluence macro including the effective revision of another controlled document; thin: the work is
 * {@link EffectiveIncludeMacroCore}'s, the snapshot is rendered by Confluence's own {@link XhtmlContent}.
 */
public class EffectiveIncludeMacro implements Macro {
    private final java.util.function.Supplier<EffectiveIncludeMacroCore> core;
    private final MacroHost host;
    private final XhtmlContent xhtml;
    private final java.util.function.Supplier<MacroServices> services;

    public EffectiveIncludeMacro(EffectiveIncludeMacroCore core, MacroHost host, XhtmlContent xhtml,
                                 MacroServices services) {
        Objects.requireNonNull(core, "core");
        Objects.requireNonNull(services, "services");
        this.core = () -> core;
        this.host = Objects.requireNonNull(host, "host");
        this.xhtml = Objects.requireNonNull(xhtml, "xhtml");
        this.services = () -> services;
    }

    /** The constructor Confluence's plugin system injects (Spring Scanner); the core is built at first use. */
    @javax.inject.Inject
    public EffectiveIncludeMacro(UiServices ui, @ComponentImport UserManager users, @ComponentImport XhtmlContent xhtml) {
        Objects.requireNonNull(ui, "ui");
        this.core = () -> new EffectiveIncludeMacroCore(ui.macros());
        this.host = new ConfluenceMacroHost(users);
        this.xhtml = Objects.requireNonNull(xhtml, "xhtml");
        this.services = ui::macros;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        try {
            return core.get().render(parameters, host.currentPageId(context), context == null ? null : context.getSpaceKey(),
                    host.viewerKey(), new XhtmlStorageFormatView(xhtml, context, services.get()));
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
