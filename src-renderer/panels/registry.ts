/**
 * The side panel's tabs as a registry: each panel registers an id, a title and a component taking the
 * session and preferences. Adding a panel is one entry here, not another branch in SidePanel.
 */
import type { Component } from 'svelte';
import Breakpoints from '../insight/Breakpoints.svelte';
import EventList from '../insight/EventList.svelte';
import Inspector from '../insight/Inspector.svelte';
import Metrics from '../insight/Metrics.svelte';
import Timeline from '../insight/Timeline.svelte';
import type { Preferences } from '../state/Preferences.svelte';
import type { Session } from '../state/Session.svelte';
import BeatsEditor from './BeatsEditor.svelte';
import Editor from './Editor.svelte';
import SettingsForm from './SettingsForm.svelte';

/** Props every side panel receives. */
export interface PanelProps {
  session: Session;
  prefs: Preferences;
}

/** A registered side panel. */
export interface PanelDef {
  /** Stable id (test ids are `tab-<id>`). */
  readonly id: string;
  readonly title: string;
  readonly component: Component<PanelProps>;
  /** Stays mounted while hidden (the editor keeps its undo history and linting). */
  readonly keepMounted?: boolean;
}

export const SIDE_PANELS: readonly PanelDef[] = [
  { id: 'program', title: 'Program', component: Editor, keepMounted: true },
  { id: 'settings', title: 'Settings', component: SettingsForm as Component<PanelProps> },
  { id: 'beats', title: 'Beats', component: BeatsEditor as Component<PanelProps> },
  { id: 'events', title: 'Events', component: EventList as Component<PanelProps> },
  { id: 'timeline', title: 'Timeline', component: Timeline as Component<PanelProps> },
  { id: 'goroutine', title: 'Goroutine', component: Inspector as Component<PanelProps> },
  { id: 'breakpoints', title: 'Breakpoints', component: Breakpoints as Component<PanelProps> },
  { id: 'metrics', title: 'Metrics', component: Metrics as Component<PanelProps> },
];
