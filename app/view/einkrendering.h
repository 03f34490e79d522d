#pragma once

namespace inkchat::app {

/// Makes Qt Quick draw the way an e-ink panel wants, for the whole process:
/// call it before the first window exists. A variable the user set wins.
///
/// - The software renderer: it repaints and flushes only the region that
///   changed, which is what a partial panel refresh needs.
/// - The basic (GUI-thread) render loop. The threaded one wakes the GUI
///   thread about six times per frame (the sync with the render thread, the
///   locks after it, the swap notification); the basic one draws in the
///   pass that applied the text. A polish that moves an item (a growing list
///   or column) asks the basic loop for one more frame, but that frame
///   repaints nothing and the panel is not asked to refresh.
/// - No 5 ms delay before a requested frame (QT_QPA_UPDATE_IDLE_TIME=0): the
///   repaint throttler already spaces the updates, so the delay only costs
///   the GUI thread one more wake-up per frame.
///
/// einkpanel_bench, 758x1024, the demo reply at 30 tokens/s: 1.9 GUI-thread
/// wake-ups per frame the panel shows, against 5.8 on the threaded loop.
void chooseEinkRendering();

} // namespace inkchat::app
