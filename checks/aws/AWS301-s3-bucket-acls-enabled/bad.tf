resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = "corp-data"
  rule {
    object_ownership = "ObjectWriter" # expect: AWS301
  }
}
