resource "aws_s3_bucket_website_configuration" "site" {
  bucket = "corp-site"
  index_document { # expect: AWS305
    suffix = "index.html"
  }
}
