from django.urls import path

from programs import feeds

app_name = "feeds"

urlpatterns = [
    path("news/rss.xml", feeds.NewsFeed(), name="news_rss"),
    path("news/atom.xml", feeds.NewsAtomFeed(), name="news_atom"),
    path("programs/<slug:slug>/rss.xml", feeds.ProgramNewsFeed(), name="program_rss"),
    path("programs/<slug:slug>/atom.xml", feeds.ProgramNewsAtomFeed(), name="program_atom"),
    path("cancers/<slug:slug>/rss.xml", feeds.CancerNewsFeed(), name="cancer_rss"),
    path("cancers/<slug:slug>/atom.xml", feeds.CancerNewsAtomFeed(), name="cancer_atom"),
]
