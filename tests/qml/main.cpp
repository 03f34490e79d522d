#include "qmltestsetup.h"

#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(InkchatPlugin)
Q_IMPORT_QML_PLUGIN(Inkchat_AppPlugin)
Q_IMPORT_QML_PLUGIN(InkchatTestPlugin)

using inkchat::qmltest::QmlTestSetup;

#if defined(__SANITIZE_ADDRESS__)
// Qt Quick 6.4 never frees the texture of an Image it drew from its pixmap
// cache (the arrows of SettingsPage's ComboBoxes; a bare ComboBox in a
// TestCase leaks the same): a QSGTexture with its QPixmap and QImage, all
// "indirect" leaks allocated inside Qt. Qt has no frame pointers, so with
// the default fast unwinder their stacks name nothing but Qt's own frames.
// For this binary only; tests/sanitizers/lsan.supp still applies.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:QSGTexture::QSGTexture\n"
           "leak:QPixmap::fromImage\n"
           "leak:QImageData::create\n"
           "leak:ExternalRefCountData::getAndRef\n"
           "leak:libQt6Quick.so\n";
}
#endif

QUICK_TEST_MAIN_WITH_SETUP(inkchat_qml, QmlTestSetup)
