resource "aws_s3_bucket_policy" "locked" {
  bucket = "locked-bucket"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny" # expect: AWS417
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::locked-bucket", "arn:aws:s3:::locked-bucket/*"]
    }]
  })
}
