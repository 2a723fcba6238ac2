resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/fn"
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "fn.zip"
  reserved_concurrent_executions = 50
}
