resource "aws_s3_bucket" "assets" {
  bucket = "assets"
  acl    = "public-read
}
