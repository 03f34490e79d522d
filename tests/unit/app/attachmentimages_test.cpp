#include "view/attachmentimages.h"

#include <QBuffer>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::app::AttachmentImageProvider;
using inkchat::app::AttachmentImages;
using inkchat::app::attachmentThumbnail;

namespace {

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A mid-grey photo-like image, larger than any thumbnail.
QImage greyPhoto()
{
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(qRgb(128, 128, 128));
    return image;
}

QSet<int> greyLevels(const QImage &image)
{
    QSet<int> levels;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            levels.insert(qGray(image.pixel(x, y)));
    }
    return levels;
}

TEST(AttachmentThumbnail, ScalesALargeImageDownToTheBoundKeepingItsProportions)
{
    const QImage thumbnail = attachmentThumbnail(png(greyPhoto()), {160, 160}, false);
    EXPECT_EQ(thumbnail.size(), QSize(160, 120));
}

TEST(AttachmentThumbnail, OnEinkIsDitheredToBlackAndWhite)
{
    const QImage thumbnail = attachmentThumbnail(png(greyPhoto()), {160, 160}, true);
    ASSERT_EQ(thumbnail.size(), QSize(160, 120));
    EXPECT_EQ(greyLevels(thumbnail), (QSet<int>{0, 255})) << "grey becomes dots, not grey";
    // Mid-grey comes out as about half black dots.
    int black = 0;
    for (int y = 0; y < thumbnail.height(); ++y) {
        for (int x = 0; x < thumbnail.width(); ++x)
            black += qGray(thumbnail.pixel(x, y)) == 0;
    }
    const int all = thumbnail.width() * thumbnail.height();
    EXPECT_GT(black, all * 4 / 10);
    EXPECT_LT(black, all * 6 / 10);
}

TEST(AttachmentThumbnail, TransparencyIsPaperOnEink)
{
    QImage clear(40, 40, QImage::Format_ARGB32);
    clear.fill(Qt::transparent);
    EXPECT_EQ(greyLevels(attachmentThumbnail(png(clear), {160, 160}, true)), QSet<int>{255});
}

TEST(AttachmentThumbnail, NoImageGivesANullImage)
{
    EXPECT_TRUE(attachmentThumbnail("not an image"_ba, {160, 160}, true).isNull());
}

TEST(AttachmentImageProvider, ServesTheImageKeptUnderItsKeyInColourOrForEink)
{
    auto images = std::make_shared<AttachmentImages>();
    const QString key = images->add(png(greyPhoto()));
    EXPECT_EQ(images->add(png(greyPhoto())), key) << "the same image is kept once";
    AttachmentImageProvider provider(images);
    QSize size;
    const QImage colour = provider.requestImage(key, &size, {100, 100});
    EXPECT_EQ(size, QSize(100, 75));
    EXPECT_EQ(greyLevels(colour), QSet<int>{128});
    EXPECT_EQ(greyLevels(provider.requestImage(u"eink/"_s + key, &size, {100, 100})), (QSet<int>{0, 255}));
    EXPECT_TRUE(provider.requestImage(u"unknown"_s, &size, {}).isNull());
}

} // namespace
