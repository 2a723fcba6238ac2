resource "aws_s3_bucket_policy" "data" {
  bucket = "corp-data"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow" # expect: AWS306
      Principal = { AWS = "arn:aws:iam::123456789012:role/etl" }
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::corp-data", "arn:aws:s3:::corp-data/*"]
    }]
  })
}
