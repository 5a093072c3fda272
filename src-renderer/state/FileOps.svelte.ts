import type { MainCommand, OpenReply } from '../../src-main/preload/bridge';
import { downloadText, readPickedFile } from './browserFiles';
import { newScenario } from './ScenarioDoc.svelte';
import type { Session } from './Session.svelte';

/**
 * File operations for both builds. The desktop app goes through main (native dialogs, atomic saves,
 * recent files); the browser build uses a file picker, downloads and `confirm`. Unsaved work is never
 * dropped without asking.
 */
export class FileOps {
  private readonly bridge = window.gosched;

  /** View → Present (F5) from the desktop menu; the app sets it. */
  onPresent: () => void = () => undefined;

  constructor(
    private readonly session: Session,
    /** Opens the browser build's file picker. */
    private readonly pick: () => void,
  ) {
    this.bridge?.onCommand((cmd) => void this.command(cmd));
  }

  get desktop(): boolean {
    return this.bridge !== undefined;
  }

  /** True when the document may be replaced (saved first if the user chose to). */
  async mayDiscard(): Promise<boolean> {
    const doc = this.session.doc;
    if (!doc.dirty) return true;
    if (!this.bridge) return confirm(`Discard the unsaved changes to ${doc.fileName}?`);
    const choice = await this.bridge.confirmDiscard();
    return choice === 'discard' || (choice === 'save' && (await this.save(false)));
  }

  async newDoc(): Promise<void> {
    if (!(await this.mayDiscard())) return;
    this.session.doc.replace(newScenario(), null);
    this.session.restart();
  }

  async open(): Promise<void> {
    if (!(await this.mayDiscard())) return;
    if (this.bridge) this.applyReply(await this.bridge.openDialog());
    else this.pick();
  }

  /** A file picked in the browser build. */
  async openPicked(file: File): Promise<void> {
    const read = await readPickedFile(file);
    if ('error' in read) this.session.notifyError(read.error);
    else this.session.openText(read.text, file.name);
  }

  /** A file dropped on the window: from its place on disk in the desktop app (so Save writes back to it). */
  async openDropped(file: File): Promise<void> {
    if (!(await this.mayDiscard())) return;
    const reply = await this.bridge?.openDropped(file);
    if (reply) this.applyReply(reply);
    else await this.openPicked(file);
  }

  /** Saves; returns whether the document is now saved. */
  async save(saveAs: boolean): Promise<boolean> {
    const doc = this.session.doc;
    if (!this.bridge) {
      const name = /\.(gosched|go)$/i.test(doc.fileName) ? doc.fileName : `${doc.fileName}.gosched`;
      downloadText(name, this.session.savedText());
      doc.markSaved({ name });
      return true;
    }
    const reply = await this.bridge.save(
      $state.snapshot(doc.scenario),
      saveAs ? null : (doc.file?.token ?? null),
      saveAs,
    );
    if (reply.canceled) return false;
    if (!reply.ok) {
      reply.errors.forEach((e) => this.session.notifyError(e));
      return false;
    }
    doc.markSaved(reply.file);
    return true;
  }

  /** Desktop: writes the program as a Go module the real toolchain builds (refused while it has errors). */
  async exportGo(): Promise<void> {
    if (!this.bridge) return;
    const errors = this.session.diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    if (first) {
      const more = errors.length > 1 ? ` and ${errors.length - 1} more` : '';
      return this.session.notifyError(
        `Cannot export: fix ${first.file}:${first.line}:${first.col}: ${first.message}${more} first.`,
      );
    }
    const reply = await this.bridge.exportGo($state.snapshot(this.session.doc.scenario));
    if (reply.canceled) return;
    if (!reply.ok) return reply.errors.forEach((e) => this.session.notifyError(e));
    this.session.notifyInfo(
      `Exported to ${reply.dir}: run "go run ." there and real Go prints the same output.`,
    );
  }

  private applyReply(reply: OpenReply): void {
    if (reply.canceled) return;
    if (!reply.ok) return reply.errors.forEach((e) => this.session.notifyError(e));
    this.session.openScenario(reply.scenario, reply.file, reply.isGoFile, reply.warnings);
  }

  private async command(cmd: MainCommand): Promise<void> {
    switch (cmd.command) {
      case 'new':
        return this.newDoc();
      case 'open':
        return this.open();
      case 'save':
        return void (await this.save(false));
      case 'saveAs':
        return void (await this.save(true));
      case 'close':
        return window.close();
      case 'saveThenClose':
        if (await this.save(false)) this.bridge?.closeWindow();
        return;
      case 'exportGo':
        return this.exportGo();
      case 'exportVideo':
      case 'saveFrame':
        // The export controller listens for these itself.
        return;
      case 'present':
        return this.onPresent();
      case 'opened':
        if (await this.mayDiscard()) this.applyReply(cmd.reply);
        return;
    }
  }
}
