#pragma once

#include "journeyapp.h"

#include <gtest/gtest.h>

namespace inkchat::journey {

/// The journeys' fixture; each JourneyApp fails the test on any QML warning.
class Journey : public ::testing::Test
{};

/// Steps many journeys take, each through input events only.

/// Clicks `field`, selects what it holds and types `text` over it.
void fillField(JourneyApp &app, const QString &objectName, const QString &text);
/// Opens a drop-down and clicks the option shown as `text`.
void chooseInComboBox(JourneyApp &app, QQuickItem *box, const QString &text);
/// In Settings (open): adds an OpenAI-compatible endpoint with its key,
/// as a user fills the form, and waits until the key is stored.
void addEndpointInSettings(JourneyApp &app, const QString &name, const QString &baseUrl, const QString &model,
                           const QString &key);
/// The button labelled `text` on screen (Qt's dialogs draw their labels
/// with an IconLabel, not a Text), or null.
QQuickItem *visibleButton(JourneyApp &app, const QString &text);
/// Exports the open conversation as `formatName` (as the drop-down shows
/// it) through Export… and the save dialog, typing `fileName` as the name
/// in the folder it offers.
void exportThroughTheDialog(JourneyApp &app, const QString &formatName, const QString &fileName);
/// Waits until the composer's button offers Send again: no reply is coming.
bool waitUntilReplyEnded(JourneyApp &app, int timeoutMs = 30'000);

} // namespace inkchat::journey
