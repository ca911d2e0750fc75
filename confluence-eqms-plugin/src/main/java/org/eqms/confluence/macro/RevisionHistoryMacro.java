package org.eqms.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserManager;

import java.util.Map;
import java.util.Objects;

/** Confluence macro showing the revision history of a controlled document with its approvals; thin: the work is {@link RevisionHistoryMacroCore}'s. */
public class RevisionHistoryMacro implements Macro {
    private final java.util.function.Supplier<RevisionHistoryMacroCore> core;
    private final MacroHost host;

    public RevisionHistoryMacro(RevisionHistoryMacroCore core, MacroHost host) {
        Objects.requireNonNull(core, "core");
        this.core = () -> core;
        this.host = Objects.requireNonNull(host, "host");
    }

    /** The constructor Confluence's plugin system injects (Spring Scanner); the core is built at first use. */
    @javax.inject.Inject
    public RevisionHistoryMacro(UiServices ui, @ComponentImport UserManager users) {
        Objects.requireNonNull(ui, "ui");
        this.core = () -> new RevisionHistoryMacroCore(ui.macros());
        this.host = new ConfluenceMacroHost(users);
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
