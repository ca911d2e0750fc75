package org.eqms.confluence.macro;

import org.eqms.confluence.view.StatusBanner;

/**
 * What the Confluence module classes (macros, the status-banner web panel) render with. The app component implements
 * it and builds what it returns lazily, so a module can be created before Active Objects is ready.
 */
public interface UiServices {
    MacroServices macros();

    StatusBanner banner();
}
