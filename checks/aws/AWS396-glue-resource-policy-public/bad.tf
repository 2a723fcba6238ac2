resource "aws_glue_resource_policy" "catalog" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow" # expect: AWS396
      Principal = { AWS = "*" }
      Action    = "glue:*"
      Resource  = "arn:aws:glue:eu-west-1:111122223333:*"
    }]
  })
}
