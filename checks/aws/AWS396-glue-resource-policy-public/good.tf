resource "aws_glue_resource_policy" "catalog" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::444455556666:root" }
      Action    = ["glue:GetTable", "glue:GetDatabase"]
      Resource  = "arn:aws:glue:eu-west-1:111122223333:*"
    }]
  })
}
