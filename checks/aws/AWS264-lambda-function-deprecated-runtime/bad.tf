resource "aws_lambda_function" "legacy" {
  function_name = "legacy"
  role          = "arn:aws:iam::123456789012:role/fn"
  handler       = "index.handler"
  runtime       = "nodejs14.x" # expect: AWS264
  filename      = "fn.zip"
}
