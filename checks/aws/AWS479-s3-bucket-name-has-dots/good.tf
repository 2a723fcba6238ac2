resource "aws_s3_bucket" "site" {
  bucket = "www-example-com"
}

resource "aws_s3_bucket" "generated" {
  bucket_prefix = "corp-"
}

resource "aws_s3_bucket" "named" {
  bucket = var.bucket_name
}
