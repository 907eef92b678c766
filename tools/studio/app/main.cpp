// ekw-studio [--content DIR] [--seeds DIR] [--publish FILE] [--hsds-import FILE] [--screenshot FILE.png [--pane NAME]]
// The window: GLFW + OpenGL3 + Dear ImGui around the studio's panes. With --screenshot it renders a few frames of
// one pane, writes them as a PNG (read back with glReadPixels) and exits: the test runs it under Xvfb.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui_internal.h>
#include <stb/stb_image_write.h>

#include <cfloat>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "tools/studio/app/studio.h"
#include "tools/studio/model/sociale_kaart.h"

namespace ekw::studio {
void simulateWalk(Studio& studio, const std::string& levensgebied);
}

namespace {

using namespace ekw::studio;

struct Args {
  StudioOptions studio;
  std::string screenshot, pane = "kaart";
  std::string hsdsImport;  // checked (dry run) at the start, shown in the HSDS pane
  int width = 1600, height = 1000;
};

bool parseArgs(int argc, char** argv, Args& a) {
  a.studio.content = "content/haarlem";
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    auto next = [&](std::string& into) {
      if (i + 1 >= argc) return false;
      into = argv[++i];
      return true;
    };
    bool ok = true;
    if (s == "--content") ok = next(a.studio.content);
    else if (s == "--seeds") ok = next(a.studio.seeds);
    else if (s == "--publish") ok = next(a.studio.publishPath);
    else if (s == "--screenshot") ok = next(a.screenshot);
    else if (s == "--pane") ok = next(a.pane);
    else if (s == "--hsds-import") ok = next(a.hsdsImport);
    else ok = false;
    if (!ok) return false;
  }
  if (a.studio.publishPath.empty()) a.studio.publishPath = "build/published/content.json";
  return true;
}

void applyStyle() {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0;
  style.FrameRounding = 3;
  style.FramePadding = ImVec2(6, 4);
  style.ItemSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 3);
  style.Colors[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.96f, 0.97f, 1);
  style.Colors[ImGuiCol_ChildBg] = ImVec4(0.985f, 0.985f, 0.99f, 1);
  style.Colors[ImGuiCol_Tab] = ImVec4(0.82f, 0.86f, 0.92f, 1);
  style.Colors[ImGuiCol_TabActive] = ImVec4(0.20f, 0.36f, 0.62f, 1);
  style.Colors[ImGuiCol_TabHovered] = ImVec4(0.35f, 0.50f, 0.75f, 1);
  style.Colors[ImGuiCol_Header] = ImVec4(0.78f, 0.85f, 0.95f, 1);
  style.Colors[ImGuiCol_FrameBg] = ImVec4(0.91f, 0.92f, 0.95f, 1);
}

void loadFonts() {
  ImGuiIO& io = ImGui::GetIO();
  // Latin-1 for Dutch (é, ë, ï), plus dashes, quotes, ellipsis and the euro sign.
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027, 0x20AC, 0x20AC, 0};
  const char* sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  const char* mono = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";
  if (std::filesystem::exists(sans)) io.Fonts->AddFontFromFileTTF(sans, 16.0f, nullptr, ranges);
  else io.Fonts->AddFontDefault();
  if (std::filesystem::exists(mono)) io.Fonts->AddFontFromFileTTF(mono, 15.0f, nullptr, ranges);
}

// Ctrl+S, Ctrl+Z, Ctrl+Y (and Ctrl+Shift+Z), Ctrl+F.
void shortcuts(Studio& studio) {
  ImGuiIO& io = ImGui::GetIO();
  if (!io.KeyCtrl) return;
  if (ImGui::IsKeyPressed(GLFW_KEY_S, false)) studio.save();
  if (ImGui::IsKeyPressed(GLFW_KEY_Z, false) || ImGui::IsKeyPressed(GLFW_KEY_Y, false)) {
    // The model's history, not the text field's own: leave the field first so it shows the undone value.
    ImGui::ClearActiveID();
    if (ImGui::IsKeyPressed(GLFW_KEY_Y, false) || io.KeyShift) studio.redo();
    else studio.undo();
  }
  if (ImGui::IsKeyPressed(GLFW_KEY_F, false)) studio.focusSearch = true;
}

void drawStudio(Studio& studio, bool& quitRequested) {
  ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::Begin("ekw-studio", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_MenuBar | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings);
  Workspace& ws = studio.workspace();
  if (ImGui::BeginMenuBar()) {
    if (ImGui::BeginMenu("File")) {
      if (ImGui::MenuItem("Save", "Ctrl+S", false, ws.dirty())) studio.save();
      if (ImGui::MenuItem("Publish...")) studio.requestedPane = "publish";
      ImGui::Separator();
      if (ImGui::MenuItem("Quit")) quitRequested = true;
      ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Edit")) {
      if (ImGui::MenuItem(("Undo " + ws.undoName()).c_str(), "Ctrl+Z", false, ws.canUndo())) studio.undo();
      if (ImGui::MenuItem(("Redo " + ws.redoName()).c_str(), "Ctrl+Y", false, ws.canRedo())) studio.redo();
      if (ImGui::MenuItem("Find", "Ctrl+F")) studio.focusSearch = true;
      ImGui::EndMenu();
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", ws.directory().c_str());
    const auto dirty = ws.dirtyFiles();
    if (!dirty.empty()) {
      ImGui::SameLine();
      ImGui::TextColored(ImVec4(0.7f, 0.43f, 0, 1), "%zu unsaved file(s)", dirty.size());
    }
    const auto& v = studio.validation();
    ImGui::SameLine(ImGui::GetWindowWidth() - 520);
    ImGui::TextColored(v.diagnostics.errorCount() ? ImVec4(0.8f, 0.15f, 0.15f, 1) : ImVec4(0.1f, 0.5f, 0.25f, 1),
                       "%zu errors", v.diagnostics.errorCount());
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.7f, 0.43f, 0, 1), "%zu warnings and tasks", v.diagnostics.warningCount());
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.16f, 0.35f, 0.67f, 1), "%zu hints", v.diagnostics.hintCount());
    ImGui::SameLine();
    if (studio.validating() || v.revision != ws.revision()) ImGui::TextDisabled("validating...");
    else ImGui::TextDisabled("up to date");
    ImGui::EndMenuBar();
  }
  // Someone else changed files on disk.
  if (!studio.externallyChanged.empty()) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 240, 200, 255));
    ImGui::BeginChild("changed", ImVec2(0, ImGui::GetFrameHeightWithSpacing() + 8), true);
    ImGui::Text("Changed on disk by someone else: %s%s", studio.externallyChanged.front().c_str(),
                studio.externallyChanged.size() > 1 ? " and more" : "");
    ImGui::SameLine();
    if (ImGui::SmallButton("Reload from disk (drops my changes to them)")) {
      for (const auto& f : studio.externallyChanged) ws.reload(f);
      studio.externallyChanged.clear();
    }
    ImGui::SameLine();
    ImGui::TextDisabled("or keep editing: saving will ask before overwriting");
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  if (ImGui::BeginTabBar("panes")) {
    for (const auto& pane : panes()) {
      ImGuiTabItemFlags flags = studio.requestedPane == pane.name ? ImGuiTabItemFlags_SetSelected : 0;
      if (ImGui::BeginTabItem(pane.title, nullptr, flags)) {
        studio.activePane = pane.name;
        if (studio.requestedPane == pane.name) studio.requestedPane.clear();
        ImGui::BeginChild("pane", ImVec2(0, -ImGui::GetFrameHeightWithSpacing()), false);
        pane.draw(studio);
        ImGui::EndChild();
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  ImGui::Separator();
  ImGui::TextDisabled("%s", studio.status.empty() ? "Ctrl+S save, Ctrl+Z undo, Ctrl+Y redo, Ctrl+F find" : studio.status.c_str());

  // Saving found files changed on disk: ask.
  if (!studio.conflicts.empty() && !ImGui::IsPopupOpen("Changed on disk")) ImGui::OpenPopup("Changed on disk");
  if (ImGui::BeginPopupModal("Changed on disk", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::Text("These files were changed on disk by someone else since you opened them:");
    for (const auto& f : studio.conflicts) ImGui::BulletText("%s", f.c_str());
    ImGui::Text("Nothing has been overwritten yet.");
    if (ImGui::Button("Overwrite with my version")) {
      studio.save(true);
      studio.conflicts.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Take theirs (drop my changes to these files)")) {
      for (const auto& f : studio.conflicts) ws.reload(f);
      studio.conflicts.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
      studio.conflicts.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
  ImGui::End();
}

bool writePng(const std::string& path, int width, int height) {
  std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // A picture of one colour means nothing was drawn: fail rather than keep an empty artefact.
  std::size_t differing = 0;
  for (std::size_t i = 4; i < pixels.size(); i += 4) differing += pixels[i] != pixels[0] || pixels[i + 1] != pixels[1];
  if (differing < pixels.size() / 400) {
    std::cerr << "ekw-studio: the window came out blank\n";
    return false;
  }
  // OpenGL's rows run bottom-up; PNG's top-down.
  stbi_flip_vertically_on_write(1);
  return stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4) != 0;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parseArgs(argc, argv, args)) {
    std::cerr << "usage: ekw-studio [--content DIR] [--seeds DIR] [--publish FILE] [--hsds-import FILE] "
                 "[--screenshot FILE.png [--pane NAME]]\n";
    return 2;
  }
  bool paneKnown = false;
  for (const auto& p : panes()) paneKnown = paneKnown || args.pane == p.name;
  if (!paneKnown) {
    std::cerr << "ekw-studio: unknown pane '" << args.pane << "'; panes:";
    for (const auto& p : panes()) std::cerr << ' ' << p.name;
    std::cerr << "\n";
    return 2;
  }
  if (!std::filesystem::is_directory(args.studio.content)) {
    std::cerr << "ekw-studio: " << args.studio.content << " is not a directory\n";
    return 2;
  }
  if (!glfwInit()) {
    std::cerr << "ekw-studio: cannot open a window (no display?)\n";
    return 1;
  }
  const bool screenshot = !args.screenshot.empty();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  if (screenshot) glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
  GLFWwindow* window = glfwCreateWindow(args.width, args.height, "ekw-studio", nullptr, nullptr);
  if (!window) {
    std::cerr << "ekw-studio: cannot create an OpenGL 3 window\n";
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(screenshot ? 0 : 1);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  applyStyle();
  loadFonts();
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 130");

  int exitCode = 0;
  {
    Studio studio(args.studio);
    if (!args.hsdsImport.empty()) {
      prepareHsdsImport(studio, args.hsdsImport);
      studio.requestedPane = "hsds";
    }
    if (screenshot) {
      studio.waitForValidation();
      studio.requestedPane = args.pane;
      // Show each pane with something selected, as an editor would have it: the first item of its first file.
      auto first = [&](const char* key) {
        const std::vector<std::string> files = studio.workspace().manifestFiles(key);
        return files.empty() ? std::string() : files.front();
      };
      if (args.pane == "kaart") studio.jumpTo(fileFor(studio.workspace(), "services"), "/services/0");
      if (args.pane == "trees") studio.jumpTo(first("trees"), "/nodes/1");
      if (args.pane == "advice") studio.jumpTo(first("advice"), "/advice/0");
      if (args.pane == "forms") studio.jumpTo(first("forms"), "");
      if (args.pane == "buuv") studio.jumpTo(first("buuv"), "/templates/0");
      if (args.pane == "files") studio.jumpTo("manifest.json", "");
      studio.requestedPane = args.pane;
      if (args.pane == "publish") {
        // The report as an editor sees it after a change: publish, change a service and drop an option, publish again.
        publishNow(studio);
        const std::string kaart = fileFor(studio.workspace(), "services");
        const Json* name = studio.workspace().value(kaart, "/services/1/name/nl");
        if (name && name->is_string()) studio.apply(setValue(kaart, "/services/1/name/nl", Json(name->get<std::string>() + " (nieuw)")));
        const std::string tree = first("trees");
        if (studio.workspace().value(tree, "/nodes/0/options/0")) studio.apply(removeValue(tree, "/nodes/0/options/0"));
        studio.waitForValidation();
        studio.waitForValidation();
        publishNow(studio);
      }
      if (args.pane == "simulate") {
        const Json* first = studio.workspace().value("levensgebieden.json", "/levensgebieden/0/id");
        if (first && first->is_string()) simulateWalk(studio, first->get<std::string>());
      }
    }
    bool quitRequested = false;
    int frames = 0;
    while (!glfwWindowShouldClose(window) && !quitRequested) {
      glfwPollEvents();
      studio.tick();
      ImGui_ImplOpenGL3_NewFrame();
      ImGui_ImplGlfw_NewFrame();
      if (screenshot) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);  // no hover marks in the picture
      ImGui::NewFrame();
      shortcuts(studio);
      drawStudio(studio, quitRequested);
      ImGui::Render();
      int w = 0, h = 0;
      glfwGetFramebufferSize(window, &w, &h);
      glViewport(0, 0, w, h);
      glClearColor(0.96f, 0.96f, 0.97f, 1);
      glClear(GL_COLOR_BUFFER_BIT);
      ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
      if (screenshot && ++frames == 6) {
        if (!writePng(args.screenshot, w, h)) {
          std::cerr << "ekw-studio: cannot write " << args.screenshot << "\n";
          exitCode = 1;
        } else {
          std::cout << "wrote " << args.screenshot << " (" << w << "x" << h << ", pane " << args.pane << ")\n";
        }
        break;
      }
      glfwSwapBuffers(window);
      if (glfwWindowShouldClose(window) && studio.workspace().dirty()) {
        // Unsaved changes: keep the window and say so; Quit in the File menu or closing twice leaves.
        static bool warned = false;
        if (!warned) {
          warned = true;
          glfwSetWindowShouldClose(window, GLFW_FALSE);
          studio.status = "Unsaved changes: press Ctrl+S to save them, or close the window again to leave without saving.";
        }
      }
    }
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exitCode;
}
