// The app's sections, in navigation order. Ctrl/Cmd + the number opens a section.
export type SectionId = "gallery" | "create" | "idphoto" | "tasks" | "privacy" | "settings";

export interface Section {
  id: SectionId;
  label: string;
  icon: string;
}

export const SECTIONS: readonly Section[] = [
  { id: "gallery", label: "Gallery", icon: "gallery" },
  { id: "create", label: "Create", icon: "create" },
  { id: "idphoto", label: "ID Photo", icon: "idphoto" },
  { id: "tasks", label: "Tasks", icon: "tasks" },
  { id: "privacy", label: "Privacy", icon: "privacy" },
  { id: "settings", label: "Settings", icon: "settings" },
];
