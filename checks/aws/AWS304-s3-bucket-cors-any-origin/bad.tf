resource "aws_s3_bucket_cors_configuration" "uploads" {
  bucket = "corp-uploads"
  cors_rule {
    allowed_methods = ["PUT", "POST"]
    allowed_origins = ["*"] # expect: AWS304
  }
}
