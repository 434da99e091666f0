"""The demo site: content written from the charity's own text (seed.txt), built idempotently.

Facts and figures come from seed.txt only. Whatever it does not give (publication references, news
dates, legal pages, general descriptions of cancers it does not cover) is written as clearly marked
example content, kept in one place per domain so that editors can replace it with verified material.
"""
